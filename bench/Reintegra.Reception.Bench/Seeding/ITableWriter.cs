namespace Reintegra.Reception.Bench.Seeding;

/// <summary>Writes batches of entities into their tables, each batch in one transaction, in the order given.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<(TableShape Shape, IReadOnlyList<object> Rows)> batch, CancellationToken ct);
}
