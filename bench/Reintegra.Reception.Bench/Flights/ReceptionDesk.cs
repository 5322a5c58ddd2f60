using System.Globalization;
using System.Text;
using Reintegra.Reception.Bench.Api;
using Reintegra.Reception.Bench.Seeding;
using Reintegra.Reception.Bench.Synthetic;
using Reintegra.Synthetic;
using Reintegra.Web.Domain;

namespace Reintegra.Reception.Bench.Flights;

/// <summary>
/// One reception officer processing a flight through the API, as the desk does: announce the arrival, import the
/// manifest, read the queue, then for each person in turn look for earlier records (candidates) and register the
/// return against the manifest row — attached to the earlier person when the best candidate is convincing, with
/// children linked to the adult they travel with and the child-protection referral where the protocol needs one.
/// </summary>
internal sealed class ReceptionDesk(ApiClient api, IReadOnlyDictionary<long, SeededPerson>? known)
{
    /// <summary>
    /// The officer accepts the best candidate when the matching engine proposes it as the same person; with the
    /// older rule-based scores, from this score up (document and names, or names and the exact date ...).
    /// </summary>
    public const int AttachScore = 90;

    public const string SamePersonBand = "SamePerson";

    public async Task<FlightOutcome> ProcessAsync(IReadOnlyList<FlightPerson> people, DateTime scheduledUtc, string carrierReference)
    {
        var outcome = new FlightOutcome { People = people.Count };
        var arrival = await api.PostAsync<ArrivalCreated>("POST /arrivals", "/api/v1/arrivals", new
        {
            mode = "Air",
            scheduledAt = scheduledUtc,
            pointOfEntry = "Centro de Recepción de Retornados, Fuerza Aérea Guatemalteca",
            returnedFrom = "US",
            carrierReference,
            expectedCount = people.Count,
        });
        outcome.ArrivalId = arrival.Id;
        var imported = await api.PostFileAsync<ManifestImported>("POST /arrivals/{id}/manifest", $"/api/v1/arrivals/{arrival.Id}/manifest",
            Manifest(people), "manifiesto.csv", "text/csv");
        outcome.ManifestImported = imported.Imported;
        outcome.ManifestRejected = imported.Rejected.Count;
        var queue = await api.GetAsync<ArrivalQueue>("GET /arrivals/{id}/queue", $"/api/v1/arrivals/{arrival.Id}/queue");
        var entries = queue.Manifest.ToDictionary(e => e.Line);

        var arrivalDay = ReturneeFields.LocalDay(scheduledUtc);
        var flight = new FlightState();
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var r = person.Record;
            // The CSV has a header line, one line per person, no line breaks inside fields: person i is on line i + 2.
            var entry = entries.GetValueOrDefault(i + 2);
            if (entry is not null && !entry.Name.Contains(r.FirstSurname, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Manifest line {i + 2} is {entry.Name}, expected {r.FirstSurname}.");
            }
            var candidatesUrl = CandidatesUrl(r);
            var candidates = await api.GetAsync<List<Candidate>>(FlightBenchmark.Candidates, candidatesUrl);
            outcome.CandidateLookups.Add((candidatesUrl, api.Timings[FlightBenchmark.Candidates][^1]));
            var best = candidates.MaxBy(c => c.Rank);
            var convincing = best is not null && (best.Band is not null ? best.Band == SamePersonBand : best.Score >= AttachScore);
            var attach = convincing && !flight.Attached.Contains(best!.PersonId) ? best : null;
            outcome.Tally(person, known, candidates, attach);

            var birth = attach is not null ? new PersonBirth(attach.BirthDate, attach.BirthYear, null) : ReturneeFields.Birth(r, arrivalDay);
            var age = ReturneeFields.Age(birth, arrivalDay);
            var body = Registration.Body(r, arrival.Id, entry?.EntryId, attach?.PersonId, age, flight);
            try
            {
                var registered = await api.PostAsync<Registered>("POST /returns", "/api/v1/returns", body);
                flight.Remember(r, registered, age);
                if (attach is not null)
                {
                    flight.Attached.Add(attach.PersonId);
                }
            }
            catch (ApiException e) when (e.Status is 400 or 409 or 422)
            {
                outcome.Failures.Add($"{r.FirstSurname}, {r.GivenNames}: {e.Message}");
            }
        }
        return outcome;
    }

    private static byte[] Manifest(IReadOnlyList<FlightPerson> people)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            ManifestWriter.WriteCsv(writer, people.Select(p => p.Record));
        }
        return buffer.ToArray();
    }

    private static string CandidatesUrl(Returnee r)
    {
        var query = new List<string>
        {
            "givenNames=" + Uri.EscapeDataString(r.GivenNames),
            "firstSurname=" + Uri.EscapeDataString(r.FirstSurname),
            "sex=" + ReturneeFields.Sex(r),
            "nationality=" + r.Nationality,
            "originPcode=" + r.OriginAdmin2,
        };
        if (r.SecondSurname is { } second)
        {
            query.Add("secondSurname=" + Uri.EscapeDataString(second));
        }
        var birth = r.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? r.BirthYear?.ToString(CultureInfo.InvariantCulture);
        if (birth is not null)
        {
            query.Add("birthDate=" + birth);
        }
        else if (r.EstimatedAge is { } age)
        {
            query.Add("estimatedAge=" + age.ToString(CultureInfo.InvariantCulture));
        }
        if (r.Documents.Count > 0)
        {
            query.Add("documentType=" + ReturneeFields.DocumentType(r.Documents[0].Type));
            query.Add("documentNumber=" + Uri.EscapeDataString(r.Documents[0].Number));
        }
        return "/api/v1/reception/candidates?" + string.Join('&', query);
    }
}

/// <summary>What the desk remembers while working through one flight.</summary>
internal sealed class FlightState
{
    /// <summary>The return registered for each synthetic person on this flight, with their age.</summary>
    public Dictionary<long, (Guid ReturnId, int? Age)> Returns { get; } = [];

    /// <summary>The first registered member of each family on this flight: the others join their family group.</summary>
    public Dictionary<string, Guid> Families { get; } = [];

    /// <summary>Earlier people already attached on this flight: the same person cannot be on a flight twice.</summary>
    public HashSet<Guid> Attached { get; } = [];

    public void Remember(Returnee r, Registered registered, int? age)
    {
        Returns[r.PersonKey] = (registered.ReturnId, age);
        if (r.FamilyGroupKey is { } family)
        {
            Families.TryAdd(family, registered.ReturnId);
        }
    }
}
