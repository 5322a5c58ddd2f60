using Reintegra.Matching;
using Reintegra.Web.Domain;
using MatchSex = Reintegra.Matching.Sex;

namespace Reintegra.Web.Features.Identity;

/// <summary>How the platform's people are shown to the matching engine.</summary>
public static class IdentityRecords
{
    public static IdentityRecord From(Person p) => new(p.Id.ToString())
    {
        GivenNames = p.GivenNames,
        FirstSurname = p.FirstSurname,
        SecondSurname = p.SecondSurname,
        Sex = Sex(p.Sex),
        BirthDate = Birth(p.BirthDate, p.BirthYear, p.BirthDatePrecision),
        Nationality = p.NationalityCode,
        Documents = p.Documents.Select(d => new IdentityDocument(DocumentKind(d.Type), d.NumberKey)).ToList(),
        OriginPcode = p.OriginAdm2 ?? p.OriginAdm1,
    };

    public static MatchSex Sex(Domain.Sex? sex) => sex switch
    {
        Domain.Sex.Female => MatchSex.Female,
        Domain.Sex.Male => MatchSex.Male,
        _ => MatchSex.Unknown,
    };

    public static BirthDate Birth(DateOnly? date, int? year, BirthDatePrecision? precision) =>
        date is { } d ? BirthDate.FromDate(d)
        : year is { } y ? new BirthDate(y, isEstimated: precision == BirthDatePrecision.Estimated)
        : BirthDate.Unknown;

    public static string DocumentKind(DocumentType type) => type switch
    {
        DocumentType.Passport => "passport",
        DocumentType.NationalId => "national_id",
        DocumentType.BirthCertificate => "birth_certificate",
        DocumentType.ConsularId => "consular_id",
        _ => "other",
    };
}
