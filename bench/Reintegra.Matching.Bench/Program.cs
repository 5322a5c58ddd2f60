using Reintegra.Matching.Bench;

return await BenchCommand.RunAsync(args);
