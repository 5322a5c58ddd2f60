namespace Reintegra.Synthetic.Tests;

public class VariationTests
{
    private static readonly VariationRates Rates = new();

    private static IEnumerable<(Returnee Record, PersonIdentity Identity)> Pairs() =>
        Samples.ReRegistrations.Select(r => (r, Samples.Registry.Identity(r.PersonKey)));

    private static double Rate(Func<(Returnee Record, PersonIdentity Identity), bool> eligible, RecordVariations variation)
    {
        var pool = Pairs().Where(eligible).ToList();
        Assert.True(pool.Count > 500, $"only {pool.Count} records can show {variation}");
        return pool.Count(p => p.Record.Variations.HasFlag(variation)) / (double)pool.Count;
    }

    private static void Near(double expected, double actual) => Assert.InRange(actual, expected * 0.8 - 0.005, expected * 1.2 + 0.005);

    [Fact]
    public void Re_registrations_belong_to_registry_people()
    {
        var registered = Samples.Registered.Select(r => r.PersonKey).ToHashSet();
        Assert.All(Samples.ReRegistrations, r =>
        {
            Assert.Contains(r.PersonKey, registered);
            Assert.True(r.IsRepeatReturn);
        });
    }

    [Fact]
    public void Each_variation_appears_at_its_configured_rate_among_the_records_it_can_apply_to()
    {
        Near(Rates.GivenNameShortened, Rate(p => p.Identity.GivenNames.Contains(' ', StringComparison.Ordinal), RecordVariations.GivenNameShortened));
        Near(Rates.SecondSurnameMissing, Rate(p => p.Identity.SecondSurname is not null, RecordVariations.SecondSurnameMissing));
        Near(Rates.MarriedName, Rate(p => p.Identity.Sex == 'F' && p.Record.AgeAt(DateOnly.FromDateTime(p.Record.ArrivalUtc)) >= 21, RecordVariations.MarriedName));
        Near(Rates.DateAgeOnly, Rate(_ => true, RecordVariations.DateAgeOnly));
        Near(Rates.DateYearOnly * (1 - Rates.DateAgeOnly), Rate(_ => true, RecordVariations.DateYearOnly));
        Near(Rates.NoDocument, Rate(_ => true, RecordVariations.NoDocument));
        Near(Rates.NewDocument * (1 - Rates.NoDocument), Rate(_ => true, RecordVariations.NewDocument));
        Near(Rates.Typo, Rate(_ => true, RecordVariations.Typo));
        Near(Rates.AccentsDropped, Rate(p => p.Identity.GivenNames.Any(c => "áéíóúñÁÉÍÓÚÑ".Contains(c)) && p.Identity.FirstSurname.Any(c => "áéíóúñ".Contains(c)), RecordVariations.AccentsDropped));
        Near(Rates.PhoneticSpelling, Rate(_ => true, RecordVariations.PhoneticSpelling));
        Assert.InRange(Rate(p => p.Identity.SecondSurname is not null, RecordVariations.SurnamesSwapped), 0.02, 0.05);
        Assert.InRange(Rate(p => p.Identity.SecondSurname is not null, RecordVariations.SurnamesJoined), 0.015, 0.04);
        Assert.InRange(Rate(p => p.Identity.DateOfBirth.Day <= 12 && p.Identity.DateOfBirth.Day != p.Identity.DateOfBirth.Month, RecordVariations.DateDayMonthSwapped), 0.025, 0.05);
        Assert.Contains(Samples.ReRegistrations, r => r.Variations.HasFlag(RecordVariations.Nickname));
        Assert.Contains(Samples.ReRegistrations, r => r.Variations.HasFlag(RecordVariations.DateDefaultedToJanuaryFirst));
    }

    [Fact]
    public void Each_flag_describes_what_the_record_actually_shows()
    {
        foreach (var (r, id) in Pairs())
        {
            var v = r.Variations;
            if (v.HasFlag(RecordVariations.AccentsDropped))
            {
                Assert.DoesNotContain(r.GivenNames + r.FirstSurname + r.SecondSurname, c => "áéíóúüñÁÉÍÓÚÜÑ".Contains(c));
            }
            if (v.HasFlag(RecordVariations.DateYearOnly))
            {
                Assert.Null(r.DateOfBirth);
                Assert.Equal(id.DateOfBirth.Year, r.BirthYear);
            }
            if (v.HasFlag(RecordVariations.DateAgeOnly))
            {
                Assert.Null(r.DateOfBirth);
                Assert.NotNull(r.EstimatedAge);
            }
            if (v.HasFlag(RecordVariations.DateDayMonthSwapped))
            {
                Assert.Equal(new DateOnly(id.DateOfBirth.Year, id.DateOfBirth.Day, id.DateOfBirth.Month), r.DateOfBirth);
            }
            if (v.HasFlag(RecordVariations.NoDocument))
            {
                Assert.Empty(r.Documents);
            }
            if (v.HasFlag(RecordVariations.NewDocument))
            {
                Assert.DoesNotContain(r.Documents[0].Number, id.Documents.Select(d => d.Number));
            }
            const RecordVariations hidesMarriage = RecordVariations.SecondSurnameMissing | RecordVariations.SurnamesJoined | RecordVariations.Typo | RecordVariations.PhoneticSpelling;
            if (v.HasFlag(RecordVariations.MarriedName) && (v & hidesMarriage) == 0)
            {
                Assert.Contains("de ", $"{r.FirstSurname} {r.SecondSurname}", StringComparison.Ordinal);
            }
            if (v.HasFlag(RecordVariations.SurnamesJoined))
            {
                Assert.Null(r.SecondSurname);
            }
            if (v == RecordVariations.None)
            {
                Assert.Equal((id.GivenNames, id.FirstSurname, id.SecondSurname, (DateOnly?)id.DateOfBirth), (r.GivenNames, r.FirstSurname, r.SecondSurname, r.DateOfBirth));
            }
        }
    }

    [Fact]
    public void Compound_names_are_shortened_the_way_officers_do_it()
    {
        const RecordVariations garbling = RecordVariations.Typo | RecordVariations.PhoneticSpelling | RecordVariations.Nickname;
        var shortened = Pairs().Where(p => p.Record.Variations.HasFlag(RecordVariations.GivenNameShortened) && (p.Record.Variations & garbling) == 0).ToList();
        var mariaJose = shortened.Where(p => p.Identity.GivenNames == "María José")
            .Select(p => p.Record.GivenNames.Replace('í', 'i').Replace('é', 'e'))
            .ToHashSet();
        Assert.NotEmpty(mariaJose);
        Assert.Subset(new HashSet<string> { "Maria", "Jose", "Ma. Jose" }, mariaJose);
        Assert.Contains(shortened, p => p.Record.GivenNames.StartsWith("Ma. ", StringComparison.Ordinal));
    }

    [Fact]
    public void With_no_variations_a_re_registration_spells_the_person_exactly_as_registered()
    {
        var generator = new RegistryGenerator(Samples.Options(7) with { Variations = VariationRates.None });
        foreach (var r in generator.ReRegistrations(2_000, 1_000))
        {
            var id = generator.Identity(r.PersonKey);
            Assert.Equal(RecordVariations.None, r.Variations);
            Assert.Equal((id.GivenNames, id.FirstSurname, id.SecondSurname, (DateOnly?)id.DateOfBirth), (r.GivenNames, r.FirstSurname, r.SecondSurname, r.DateOfBirth));
        }
    }
}
