using System.Globalization;

namespace Reintegra.Cases.Bench;

internal sealed record BenchOptions(Seeder.Sizes Sizes, int Rounds, int Warmup, bool Keep, string? Reuse, string? Out)
{
    public const string Help = """
        usage: dotnet run -c Release --project bench/Reintegra.Cases.Bench -- [options]
          --people N       people in the registry (default 1000000)
          --cases N        cases, spread over the offices (default 300000)
          --offices N      offices holding cases (default 40)
          --workers N      case workers per office (default 25)
          --rounds N       measured rounds; each round requests every page once (default 200)
          --warmup N       rounds not counted (default 20)
          --keep           keep the database and print its name
          --reuse NAME     measure a kept database again without seeding it
          --out FILE       report file (default bench/Reintegra.Cases.Bench/results/cases-<people>.md)
          --smoke          10,000 people, 3,000 cases, 20 rounds
        """;

    public static BenchOptions? Parse(string[] args)
    {
        int people = 1_000_000, cases = 300_000, offices = 40, workers = 25, rounds = 200, warmup = 20;
        bool keep = false;
        string? reuse = null, output = null;
        for (var i = 0; i < args.Length; i++)
        {
            int Int() => int.Parse(args[++i], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--people": people = Int(); break;
                case "--cases": cases = Int(); break;
                case "--offices": offices = Int(); break;
                case "--workers": workers = Int(); break;
                case "--rounds": rounds = Int(); break;
                case "--warmup": warmup = Int(); break;
                case "--keep": keep = true; break;
                case "--reuse": reuse = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--smoke": people = 10_000; cases = 3_000; rounds = 20; warmup = 5; break;
                default: return null;
            }
        }
        if (cases > people || offices < 1 || workers < 1 || rounds < 1)
        {
            return null;
        }
        return new BenchOptions(new Seeder.Sizes(people, cases, offices, workers, Providers: 12, Services: 48), rounds, warmup, keep, reuse, output);
    }
}
