using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// What reception does to a return after registering it: screen again, record an immediate referral, set the
/// sensitive flags, complete the reception. Each refuses an edit made from a stale version.
/// </summary>
public sealed class UpdateReception(AppDbContext db, CurrentUser me, Checks checks, TimeProvider clock)
{
    public sealed class ScreeningInput
    {
        public List<Vulnerability> Vulnerabilities { get; set; } = [];

        public WgAnswer? WgSeeing { get; set; }

        public WgAnswer? WgHearing { get; set; }

        public WgAnswer? WgWalking { get; set; }

        public WgAnswer? WgRemembering { get; set; }

        public WgAnswer? WgSelfCare { get; set; }

        public WgAnswer? WgCommunicating { get; set; }

        public List<ImmediateNeed> ImmediateNeeds { get; set; } = [];

        public string? Notes { get; set; }

        public int? Version { get; set; }
    }

    public sealed class SensitiveInput
    {
        public List<SensitiveFlag> Flags { get; set; } = [];

        public string? Notes { get; set; }

        /// <summary>The version of the sensitive screening being replaced; omit when none was recorded yet.</summary>
        public int? Version { get; set; }
    }

    public async Task<bool> ScreenAsync(Guid returnId, ScreeningInput input, CancellationToken ct)
    {
        var ret = await FindAsync(returnId, ct);
        if (ret is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        var declared = checks.Flags("vulnerabilities", input.Vulnerabilities);
        var needs = checks.Flags("immediateNeeds", input.ImmediateNeeds);
        var wg = new WashingtonGroupAnswers(input.WgSeeing, input.WgHearing, input.WgWalking, input.WgRemembering, input.WgSelfCare, input.WgCommunicating);
        foreach (var (answer, field) in wg.All.Zip(["wgSeeing", "wgHearing", "wgWalking", "wgRemembering", "wgSelfCare", "wgCommunicating"]))
        {
            checks.Enum(field, answer, required: false);
        }
        checks.Text("notes", input.Notes, 2000);
        checks.ThrowIfInvalid();
        db.Entry(ret).Property(r => r.Version).OriginalValue = input.Version!.Value;
        ret.Screen(declared, wg, needs, input.Notes);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Writes the sensitive flags. Any reception role may record them; only protection roles may read them back.</summary>
    public async Task<bool> SetSensitiveAsync(Guid returnId, SensitiveInput input, CancellationToken ct)
    {
        var ret = await FindAsync(returnId, ct);
        if (ret is null)
        {
            return false;
        }
        var flags = checks.Flags("flags", input.Flags);
        checks.Text("notes", input.Notes, 2000);
        checks.ThrowIfInvalid();
        var now = clock.GetUtcNow().UtcDateTime;
        var screening = await db.SensitiveScreenings.FirstOrDefaultAsync(s => s.ReturnEventId == returnId, ct);
        if (screening is null)
        {
            db.SensitiveScreenings.Add(new SensitiveScreening(ret.Id, ret.PersonId, flags, input.Notes, me.Id, now));
        }
        else
        {
            if (input.Version is null)
            {
                throw new DbUpdateConcurrencyException();
            }
            db.Entry(screening).Property(s => s.Version).OriginalValue = input.Version.Value;
            screening.Update(flags, input.Notes, me.Id, now);
        }
        ret.ApplySensitiveFlags(flags);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<ReturnView.ReferralView?> ReferAsync(Guid returnId, ReferralInput input, CancellationToken ct)
    {
        var ret = await FindAsync(returnId, ct);
        if (ret is null)
        {
            return null;
        }
        checks.Enum("kind", input.Kind, required: true);
        string? toName = input.ToName;
        if (input.ToInstitutionId is { } to)
        {
            toName = await db.Institutions.Where(i => i.Id == to).Select(i => i.Name).FirstOrDefaultAsync(ct);
            if (toName is null)
            {
                checks.Add("toInstitutionId", "Validation.UnknownOption");
            }
        }
        else
        {
            checks.Text("toName", input.ToName, 200, required: true);
        }
        checks.Text("reference", input.Reference, 60);
        checks.Text("notes", input.Notes, 1000);
        checks.ThrowIfInvalid();
        var referral = ret.RecordReferral(input.Kind!.Value, input.ToInstitutionId, toName!, input.Reference, input.Notes, me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new ReturnView.ReferralView(referral.Id, referral.Kind, referral.ToInstitutionId, referral.ToName, referral.Reference, referral.Notes, referral.RecordedAt);
    }

    public async Task<bool> CompleteAsync(Guid returnId, int? version, CancellationToken ct)
    {
        var ret = await FindAsync(returnId, ct);
        if (ret is null)
        {
            return false;
        }
        checks.Required("version", version);
        checks.ThrowIfInvalid();
        db.Entry(ret).Property(r => r.Version).OriginalValue = version!.Value;
        ret.CompleteReception(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private Task<ReturnEvent?> FindAsync(Guid id, CancellationToken ct) =>
        db.Returns.Include(r => r.Referrals).FirstOrDefaultAsync(r => r.Id == id && r.InstitutionId == me.InstitutionId, ct);
}
