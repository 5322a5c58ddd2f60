using System.Text.RegularExpressions;

namespace Reintegra.Synthetic.Tests;

public partial class DocumentTests
{
    [Fact]
    public void Guatemalan_CUIs_have_a_valid_check_digit_and_the_municipality_of_origin()
    {
        var cuis = Samples.Registered
            .SelectMany(r => r.Documents.Where(d => d.IssuingCountry == "GT" && d.Type is "national_id" or "birth_certificate").Select(d => (r, d.Number)))
            .ToList();
        Assert.NotEmpty(cuis);
        Assert.All(cuis, x =>
        {
            Assert.True(IdentityNumbers.IsValidGuatemalaCui(x.Number), x.Number);
            Assert.Equal(x.r.OriginAdmin2[2..], x.Number[9..]);
        });
    }

    [Fact]
    public void Honduran_DNIs_start_with_the_municipality_and_the_birth_year()
    {
        var dnis = Samples.Registered
            .SelectMany(r => r.Documents.Where(d => d.IssuingCountry == "HN" && d.Type == "national_id").Select(d => (r, d.Number)))
            .ToList();
        Assert.NotEmpty(dnis);
        Assert.All(dnis, x =>
        {
            Assert.Matches(DniShape(), x.Number);
            Assert.Equal(x.r.OriginAdmin2[2..], x.Number[..4]);
            if (x.r.DateOfBirth is { } dob)
            {
                Assert.Equal(dob.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), x.Number[4..8]);
            }
        });
    }

    [Fact]
    public void Salvadoran_DUIs_have_eight_digits_and_a_valid_check_digit()
    {
        var duis = Samples.Registered.SelectMany(r => r.Documents).Where(d => d.IssuingCountry == "SV" && d.Type == "national_id").ToList();
        Assert.NotEmpty(duis);
        Assert.All(duis, d => Assert.True(IdentityNumbers.IsValidElSalvadorDui(d.Number), d.Number));
    }

    [Fact]
    public void Document_types_are_the_four_known_ones_and_some_people_have_none()
    {
        var records = Samples.Records.ToList();
        Assert.All(records.SelectMany(r => r.Documents), d =>
            Assert.Contains(d.Type, new[] { "passport", "national_id", "birth_certificate", "consular_id" }));
        var without = records.Count(r => r.Documents.Count == 0) / (double)records.Count;
        Assert.InRange(without, 0.05, 0.35);
        Assert.Contains(records, r => r.Nationality == "US" && r.ChildStatus == "accompanied");
    }

    [Fact]
    public void Phones_are_in_national_format_with_mobile_prefixes()
    {
        var phones = Samples.Records.Where(r => r.Phone is not null).ToList();
        Assert.InRange(phones.Count / (double)Samples.Records.Count(), 0.4, 0.7);
        Assert.All(phones, r =>
        {
            Assert.Matches(PhoneShape(), r.Phone!);
            var lead = r.Phone![0];
            var allowed = r.OriginAdmin1[..2] switch { "GT" => "345", "HN" => "3789", _ => "67" };
            Assert.Contains(lead, allowed);
        });
    }

    [Fact]
    public void Vulnerability_markers_use_the_known_codes_at_low_rates()
    {
        var records = Samples.Records.ToList();
        Assert.All(records.SelectMany(r => r.Vulnerabilities), code => Assert.Contains(code, VulnerabilityCodes.All));
        double Rate(string code) => records.Count(r => r.Vulnerabilities.Contains(code)) / (double)records.Count;
        Assert.InRange(Rate(VulnerabilityCodes.Disability), 0.005, 0.03);
        Assert.InRange(Rate(VulnerabilityCodes.ChronicIllness), 0.015, 0.05);
        Assert.InRange(Rate(VulnerabilityCodes.RiskOnReturn), 0.01, 0.035);
        Assert.InRange(Rate(VulnerabilityCodes.OlderPerson), 0.001, 0.03);
        Assert.InRange(Rate(VulnerabilityCodes.Indigenous), 0.05, 0.35);
        var women = records.Where(r => r.Sex == 'F' && r.ChildStatus is null).ToList();
        Assert.InRange(women.Count(r => r.Vulnerabilities.Contains(VulnerabilityCodes.Pregnant)) / (double)women.Count, 0.01, 0.05);
        Assert.DoesNotContain(records, r => r.Sex == 'M' && r.Vulnerabilities.Contains(VulnerabilityCodes.Pregnant));
    }

    [GeneratedRegex(@"^\d{13}$")]
    private static partial Regex DniShape();

    [GeneratedRegex(@"^\d{4}-\d{4}$")]
    private static partial Regex PhoneShape();
}
