using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Reception.Bench.Seeding;

/// <summary>The rows made for a slice of the registry, table by table.</summary>
internal sealed class SeedBatch
{
    public List<object> People { get; } = [];

    public List<object> Documents { get; } = [];

    public List<object> Links { get; } = [];

    public List<object> Returns { get; } = [];

    public List<object> Referrals { get; } = [];

    public List<object> Screenings { get; } = [];

    public int Size => People.Count + Returns.Count;

    /// <summary>In foreign-key order: a person before their documents, links and returns; a return before its referrals.</summary>
    public IReadOnlyList<(TableShape Shape, IReadOnlyList<object> Rows)> Tables(SeedShapes s) =>
    [
        (s.People, People), (s.Documents, Documents), (s.Links, Links), (s.Returns, Returns), (s.Referrals, Referrals), (s.Screenings, Screenings),
    ];
}

internal sealed class SeedShapes(AppDbContext db)
{
    public TableShape People { get; } = TableShape.For<Person>(db);

    public TableShape Documents { get; } = TableShape.For<PersonDocument>(db);

    public TableShape Links { get; } = TableShape.For<PersonInstitution>(db);

    public TableShape Returns { get; } = TableShape.For<ReturnEvent>(db);

    public TableShape Referrals { get; } = TableShape.For<ImmediateReferral>(db);

    public TableShape Screenings { get; } = TableShape.For<SensitiveScreening>(db);
}
