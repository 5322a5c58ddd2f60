using System.Globalization;
using Reintegra.Reception.Bench.Synthetic;
using Reintegra.Synthetic;
using Reintegra.Web.Domain;

namespace Reintegra.Reception.Bench.Flights;

/// <summary>The body of POST /api/v1/returns for one person of a flight, filled as the reception form would be.</summary>
internal static class Registration
{
    public static Dictionary<string, object?> Body(Returnee r, Guid arrivalId, Guid? manifestEntryId, Guid? existingPersonId, int? age, FlightState flight)
    {
        var body = new Dictionary<string, object?>
        {
            ["arrivalId"] = arrivalId,
            ["manifestEntryId"] = manifestEntryId,
            ["existingPersonId"] = existingPersonId,
            ["documents"] = r.Documents.Select(d => new { type = ReturneeFields.DocumentType(d.Type).ToString(), number = d.Number, issuingCountry = d.IssuingCountry }).ToList(),
            ["originAdm1"] = r.OriginAdmin1,
            ["originAdm2"] = r.OriginAdmin2,
            ["phone"] = r.Phone,
            ["languages"] = r.Languages,
            ["category"] = ReturneeFields.Category(r.ReturnCategory).ToString(),
            ["timeAbroadMonths"] = r.MonthsAbroad,
            ["destinationAdm1"] = r.OriginAdmin1,
            ["destinationAdm2"] = r.OriginAdmin2,
            ["vulnerabilities"] = Names(ReturneeFields.Vulnerabilities(r)),
            ["immediateNeeds"] = Names(ReturneeFields.Needs(r)),
            ["sensitiveFlags"] = Names(ReturneeFields.SensitiveFlags(r)),
        };
        if (existingPersonId is null)
        {
            body["givenNames"] = r.GivenNames;
            body["firstSurname"] = r.FirstSurname;
            body["secondSurname"] = r.SecondSurname;
            body["sex"] = ReturneeFields.Sex(r).ToString();
            body["nationality"] = r.Nationality;
            if (r.DateOfBirth is { } dob)
            {
                body["birthDate"] = dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (r.BirthYear is { } year)
            {
                body["birthYear"] = year;
            }
            else
            {
                body["estimatedAge"] = r.EstimatedAge;
            }
        }
        var wg = ReturneeFields.WashingtonGroup(r, age);
        body["wgSeeing"] = wg.Seeing?.ToString();
        body["wgHearing"] = wg.Hearing?.ToString();
        body["wgWalking"] = wg.Walking?.ToString();
        body["wgRemembering"] = wg.Remembering?.ToString();
        body["wgSelfCare"] = wg.SelfCare?.ToString();
        body["wgCommunicating"] = wg.Communicating?.ToString();
        AddFamily(body, r, age, flight);
        return body;
    }

    /// <summary>
    /// A child travels with the adult the generator put beside them, or, if that adult is not their parent, is
    /// separated (kept in the family group) and referred to child protection; a child with nobody is unaccompanied.
    /// </summary>
    private static void AddFamily(Dictionary<string, object?> body, Returnee r, int? age, FlightState flight)
    {
        (Guid ReturnId, int? Age)? adult = r.AccompanyingAdultKey is { } key && flight.Returns.TryGetValue(key, out var a) ? a : null;
        Guid? family = r.FamilyGroupKey is { } group && flight.Families.TryGetValue(group, out var f) ? f : null;
        if (!ReturneeFields.IsChild(age))
        {
            body["familyWithReturnId"] = family;
            return;
        }
        ChildStatus status;
        if (r.ChildStatus == "accompanied" && adult is { } parent && !ReturneeFields.IsChild(parent.Age))
        {
            status = ChildStatus.Accompanied;
            body["accompanyingReturnId"] = parent.ReturnId;
        }
        else if ((adult?.ReturnId ?? family) is { } relative)
        {
            status = ChildStatus.Separated;
            body["familyWithReturnId"] = relative;
        }
        else
        {
            status = ChildStatus.Unaccompanied;
        }
        body["childStatus"] = status.ToString();
        if (status != ChildStatus.Accompanied)
        {
            body["referrals"] = new[] { new { kind = nameof(ReferralKind.ChildProtection), toName = ReturneeFields.ChildProtectionAuthority } };
        }
    }

    private static List<string> Names<TFlags>(TFlags flags) where TFlags : struct, Enum =>
        Enum.GetValues<TFlags>().Where(f => Convert.ToInt64(f, CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).Select(f => f.ToString()).ToList();
}
