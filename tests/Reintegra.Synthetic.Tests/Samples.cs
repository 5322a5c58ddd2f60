namespace Reintegra.Synthetic.Tests;

/// <summary>Shared samples, generated once: the assertions are about distributions, so the samples are large.</summary>
internal static class Samples
{
    public static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime End = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static GeneratorOptions Options(int seed = 42, params string[] countries) => new()
    {
        Seed = seed,
        Countries = countries.Length == 0 ? ["GT", "HN", "SV"] : countries,
        StartUtc = Start,
        EndUtc = End,
    };

    private static readonly Lazy<IReadOnlyList<Arrival>> LazyArrivals =
        new(() => new ReturneeGenerator(Options()).Arrivals(600).ToList());

    /// <summary>600 arrivals (~75,000 records) across the three countries.</summary>
    public static IReadOnlyList<Arrival> Arrivals => LazyArrivals.Value;

    public static IEnumerable<Returnee> Records => Arrivals.SelectMany(a => a.Returnees);

    public const int RegistryPeople = 20_000;

    private static readonly Lazy<RegistryGenerator> LazyRegistry = new(() => new RegistryGenerator(Options(7)));

    public static RegistryGenerator Registry => LazyRegistry.Value;

    private static readonly Lazy<IReadOnlyList<Returnee>> LazyRegistered = new(() => Registry.Registry(RegistryPeople).ToList());

    public static IReadOnlyList<Returnee> Registered => LazyRegistered.Value;

    private static readonly Lazy<IReadOnlyList<Returnee>> LazyReRegistrations = new(() => Registry.ReRegistrations(RegistryPeople, 30_000).ToList());

    public static IReadOnlyList<Returnee> ReRegistrations => LazyReRegistrations.Value;
}
