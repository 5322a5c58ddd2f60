namespace Reintegra.Synthetic.Tests;

public class LookAlikeTests
{
    private static readonly Lazy<IReadOnlyList<Returnee>> LazyLookAlikes = new(() => Samples.Registry.HardNonMatches(Samples.RegistryPeople, 3_000).ToList());

    private static IReadOnlyList<Returnee> LookAlikes => LazyLookAlikes.Value;

    [Fact]
    public void Look_alikes_are_new_people_each_pointing_at_a_registry_person()
    {
        var registry = Samples.Registered.ToDictionary(r => r.PersonKey);
        Assert.Equal(LookAlikes.Count, LookAlikes.Select(r => r.PersonKey).Distinct().Count());
        Assert.All(LookAlikes, r =>
        {
            Assert.DoesNotContain(r.PersonKey, registry.Keys);
            Assert.Contains(r.LookAlikeOf!.Value, registry.Keys);
            Assert.NotEqual(LookAlike.None, r.LookAlike);
        });
        double Share(LookAlike kind) => LookAlikes.Count(r => r.LookAlike == kind) / (double)LookAlikes.Count;
        Assert.InRange(Share(LookAlike.Sibling), 0.35, 0.45);
        Assert.InRange(Share(LookAlike.Twin), 0.16, 0.24);
        Assert.InRange(Share(LookAlike.Namesake), 0.35, 0.45);
    }

    [Fact]
    public void Siblings_twins_and_namesakes_differ_where_they_should_and_only_there()
    {
        foreach (var r in LookAlikes)
        {
            var of = Samples.Registry.Identity(r.LookAlikeOf!.Value);
            var dob = r.DateOfBirth;
            switch (r.LookAlike)
            {
                case LookAlike.Sibling:
                    Assert.Equal((of.FirstSurname, of.SecondSurname, of.OriginAdmin2), (r.FirstSurname, r.SecondSurname, r.OriginAdmin2));
                    Assert.NotEqual(of.GivenNames.Split(' ')[0], r.GivenNames.Split(' ')[0]);
                    if (dob is not null)
                    {
                        Assert.NotEqual(of.DateOfBirth, dob);
                    }
                    break;
                case LookAlike.Twin:
                    Assert.Equal((of.FirstSurname, of.SecondSurname, of.OriginAdmin2), (r.FirstSurname, r.SecondSurname, r.OriginAdmin2));
                    Assert.NotEqual(of.GivenNames.Split(' ')[0], r.GivenNames.Split(' ')[0]);
                    if (dob is not null)
                    {
                        Assert.Equal(of.DateOfBirth, dob);
                    }
                    break;
                default:
                    Assert.Equal((of.GivenNames, of.FirstSurname, of.SecondSurname, of.Sex), (r.GivenNames, r.FirstSurname, r.SecondSurname, r.Sex));
                    if (dob is not null)
                    {
                        Assert.NotEqual(of.DateOfBirth, dob);
                    }
                    break;
            }
        }
    }

    [Fact]
    public void Namesakes_mostly_carry_very_common_names()
    {
        var namesakes = LookAlikes.Where(r => r.LookAlike == LookAlike.Namesake).ToList();
        string[] common = ["José", "Juan", "Carlos", "Luis", "María", "Ana", "Juana", "Rosa", "Pedro", "Jorge", "Miguel", "Francisco", "Marta", "Sandra"];
        var share = namesakes.Count(r => common.Contains(r.GivenNames.Split(' ')[0])) / (double)namesakes.Count;
        Assert.True(share > 0.85, $"{share:P0} of namesakes have a common first given name");
        var commonSurname = namesakes.Count(r => r.FirstSurname is "García" or "López" or "Hernández" or "Pérez" or "Martínez" or "Rodríguez" or "González" or "Mejía" or "Morales" or "Ramírez" or "Gómez" or "Vásquez" or "Caal" or "Cruz" or "Flores" or "Sánchez" or "Reyes");
        Assert.True(commonSurname > namesakes.Count * 0.7, $"{commonSurname} of {namesakes.Count} namesakes have a top-ten surname");
    }

    [Fact]
    public void The_registry_itself_holds_siblings_who_travelled_as_a_family()
    {
        var families = Samples.Registered.Where(r => r.FamilyGroupKey is not null).GroupBy(r => r.FamilyGroupKey!).ToList();
        Assert.Contains(families, f => f.Count(r => r.ChildStatus is not null) >= 2
            && f.Where(r => r.ChildStatus is not null).Select(r => (r.FirstSurname, r.SecondSurname)).Distinct().Count() == 1);
    }
}
