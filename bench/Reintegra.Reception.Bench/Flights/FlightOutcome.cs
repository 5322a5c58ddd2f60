using Reintegra.Reception.Bench.Api;
using Reintegra.Reception.Bench.Seeding;

namespace Reintegra.Reception.Bench.Flights;

/// <summary>What happened on one flight: time, manifest, registrations, and how the desk fared with repeat returnees.</summary>
internal sealed class FlightOutcome
{
    public int People { get; init; }

    public Guid ArrivalId { get; set; }

    public TimeSpan Elapsed { get; set; }

    public int ManifestImported { get; set; }

    public int ManifestRejected { get; set; }

    /// <summary>Registered returns counted in the arrival's queue after the flight.</summary>
    public int RegisteredInQueue { get; set; }

    public List<string> Failures { get; } = [];

    /// <summary>Each candidate lookup's URL and round trip, to replay the slowest with their SQL captured.</summary>
    public List<(string Url, double Ms)> CandidateLookups { get; } = [];

    public int Attached { get; private set; }

    /// <summary>People on the flight who are in the seeded registry (ground truth).</summary>
    public int Repeats { get; private set; }

    public int RepeatsAmongCandidates { get; private set; }

    public int RepeatsAttachedCorrectly { get; private set; }

    /// <summary>Attached to someone they are not (a new person, or the wrong earlier person).</summary>
    public int WronglyAttached { get; private set; }

    public double PersonsPerSecond => People / Elapsed.TotalSeconds;

    public void Tally(FlightPerson person, IReadOnlyDictionary<long, SeededPerson>? known, IReadOnlyList<Candidate> candidates, Candidate? attached)
    {
        Guid? truth = person.Repeat && known is not null && known.TryGetValue(person.Record.PersonKey, out var seeded) ? seeded.Id : null;
        if (attached is not null)
        {
            Attached++;
        }
        if (truth is { } id)
        {
            Repeats++;
            RepeatsAmongCandidates += candidates.Any(c => c.PersonId == id) ? 1 : 0;
            RepeatsAttachedCorrectly += attached?.PersonId == id ? 1 : 0;
        }
        if (known is not null && attached is not null && attached.PersonId != truth)
        {
            WronglyAttached++;
        }
    }
}
