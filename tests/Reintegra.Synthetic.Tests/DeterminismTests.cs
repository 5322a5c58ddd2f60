namespace Reintegra.Synthetic.Tests;

public class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_the_same_arrivals_and_another_seed_does_not()
    {
        static string[] Dump(int seed) => new ReturneeGenerator(Samples.Options(seed)).Arrivals(30)
            .SelectMany(a => a.Returnees)
            .Select(r => r with { Documents = [], Languages = [], Vulnerabilities = [] } + string.Join('|', r.Documents) + string.Join('|', r.Vulnerabilities))
            .ToArray();

        var first = Dump(5);
        Assert.Equal(first, Dump(5));
        Assert.NotEqual(first, Dump(6));
    }

    [Fact]
    public void Enumerating_twice_gives_the_same_stream()
    {
        var generator = new ReturneeGenerator(Samples.Options(11));
        var once = generator.ReturnEvents(3_000).Select(r => (r.PersonKey, r.GivenNames, r.FirstSurname, r.ArrivalUtc)).ToArray();
        var twice = generator.ReturnEvents(3_000).Select(r => (r.PersonKey, r.GivenNames, r.FirstSurname, r.ArrivalUtc)).ToArray();
        Assert.Equal(3_000, once.Length);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void The_registry_and_its_re_registrations_are_reproducible()
    {
        var a = new RegistryGenerator(Samples.Options(3));
        var b = new RegistryGenerator(Samples.Options(3));
        Assert.Equal(
            a.Registry(2_000).Select(r => (r.PersonKey, r.GivenNames, r.FirstSurname, r.SecondSurname, r.DateOfBirth)),
            b.Registry(2_000).Select(r => (r.PersonKey, r.GivenNames, r.FirstSurname, r.SecondSurname, r.DateOfBirth)));
        Assert.Equal(
            a.ReRegistrations(2_000, 500).Select(r => (r.PersonKey, r.GivenNames, r.FirstSurname, r.Variations)),
            b.ReRegistrations(2_000, 500).Select(r => (r.PersonKey, r.GivenNames, r.FirstSurname, r.Variations)));
    }

    [Fact]
    public void New_people_continue_the_registry_without_overlap()
    {
        var generator = new RegistryGenerator(Samples.Options(3));
        var longer = generator.Registry(1_500).Select(r => r.PersonKey).ToArray();
        var registry = generator.Registry(1_000).Select(r => r.PersonKey).ToArray();
        var fresh = generator.NewPeople(1_000, 500).Select(r => r.PersonKey).ToArray();
        Assert.Equal(longer, registry.Concat(fresh));
        Assert.Equal(1_500, longer.Distinct().Count());
    }
}
