using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>Flights and convoys of the user's reception centre: announce, correct, list, close.</summary>
public sealed class ManageArrivals(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock)
{
    public const int PageSize = 25;

    public sealed class ArrivalInput
    {
        public ReturnMode? Mode { get; set; }

        /// <summary>In the API an ISO 8601 time with offset or Z; in forms the local time of the instance.</summary>
        public DateTime? ScheduledAt { get; set; }

        public string? PointOfEntry { get; set; }

        public string? ReturnedFrom { get; set; }

        public string? CarrierReference { get; set; }

        public int? ExpectedCount { get; set; }

        public int? Version { get; set; }
    }

    public sealed record ArrivalSummary(
        Guid Id, ReturnMode Mode, DateTime ScheduledAt, string PointOfEntry, string ReturnedFrom, string? CarrierReference,
        int? ExpectedCount, ArrivalStatus Status, int Expected, int Registered, int Completed, int Version);

    public sealed record ArrivalPage(IReadOnlyList<ArrivalSummary> Items, int Page, int Total);

    public async Task<ArrivalSummary> CreateAsync(ArrivalInput input)
    {
        var details = Validate(input);
        var arrival = new Arrival(me.InstitutionId, details, clock.GetUtcNow().UtcDateTime);
        db.Arrivals.Add(arrival);
        await db.SaveChangesAsync();
        return (await FindAsync(arrival.Id))!;
    }

    public async Task<ArrivalSummary?> UpdateAsync(Guid id, ArrivalInput input)
    {
        var arrival = await db.Arrivals.FirstOrDefaultAsync(a => a.Id == id && a.InstitutionId == me.InstitutionId);
        if (arrival is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var details = Validate(input);
        arrival.EnsureOpen();
        db.Entry(arrival).Property(a => a.Version).OriginalValue = input.Version!.Value;
        arrival.Update(details);
        await db.SaveChangesAsync();
        return await FindAsync(id);
    }

    /// <summary>Closes the arrival; people on the manifest who never came through reception are marked as not arrived.</summary>
    public async Task<ArrivalSummary?> CloseAsync(Guid id)
    {
        var arrival = await db.Arrivals.FirstOrDefaultAsync(a => a.Id == id && a.InstitutionId == me.InstitutionId);
        if (arrival is null)
        {
            return null;
        }
        arrival.Close(clock.GetUtcNow().UtcDateTime);
        foreach (var entry in await db.ManifestEntries.Where(e => e.ArrivalId == id && e.Status == ManifestEntryStatus.Expected).ToListAsync())
        {
            entry.MarkNotArrived();
        }
        await db.SaveChangesAsync();
        return await FindAsync(id);
    }

    public async Task<ArrivalSummary?> FindAsync(Guid id) =>
        await Summaries(db.Arrivals.Where(a => a.Id == id && a.InstitutionId == me.InstitutionId)).FirstOrDefaultAsync();

    public async Task<ArrivalPage> ListAsync(int page, bool openOnly)
    {
        page = Math.Clamp(page, 1, 10_000);
        var query = db.Arrivals.AsNoTracking().Where(a => a.InstitutionId == me.InstitutionId);
        if (openOnly)
        {
            query = query.Where(a => a.Status == ArrivalStatus.Announced);
        }
        var total = await query.CountAsync();
        var items = await Summaries(query.OrderByDescending(a => a.ScheduledAt).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync();
        return new ArrivalPage(items, page, total);
    }

    private IQueryable<ArrivalSummary> Summaries(IQueryable<Arrival> arrivals) =>
        arrivals.AsNoTracking().Select(a => new ArrivalSummary(
            a.Id, a.Mode, a.ScheduledAt, a.PointOfEntry, a.ReturnedFromCode, a.CarrierReference, a.ExpectedCount, a.Status,
            db.ManifestEntries.Count(e => e.ArrivalId == a.Id),
            db.Returns.Count(r => r.ArrivalId == a.Id),
            db.Returns.Count(r => r.ArrivalId == a.Id && r.Status == ReceptionStatus.Completed),
            a.Version));

    private ArrivalDetails Validate(ArrivalInput input)
    {
        checks.Enum("mode", input.Mode, required: true);
        checks.Required("scheduledAt", input.ScheduledAt);
        checks.Text("pointOfEntry", input.PointOfEntry, 150, required: true);
        checks.Country("returnedFrom", input.ReturnedFrom, required: true);
        checks.Text("carrierReference", input.CarrierReference, 60);
        checks.Range("expectedCount", input.ExpectedCount, 1, 5000);
        DateTime scheduled = default;
        if (input.ScheduledAt is { } at)
        {
            scheduled = time.InputToUtc(at);
            var now = clock.GetUtcNow().UtcDateTime;
            if (scheduled < now.AddYears(-5) || scheduled > now.AddYears(1))
            {
                checks.Add("scheduledAt", "Validation.Range", now.AddYears(-5).Year, now.AddYears(1).Year);
            }
        }
        checks.ThrowIfInvalid();
        return new ArrivalDetails(input.Mode!.Value, scheduled, input.PointOfEntry!, input.ReturnedFrom!, input.CarrierReference, input.ExpectedCount);
    }
}
