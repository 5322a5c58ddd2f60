using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// The review of programmes and Annex I entries: the submitting institution sends the working version to the
/// secretariat, which publishes it or sends it back with a note. Each step is written to the audit trail.
/// </summary>
public sealed class ReviewEntries(AppDbContext db, EntryAccess access, Checks checks, AuditLog audit, TimeProvider clock)
{
    public const string Submitted = "entry.submitted";
    public const string ChangesRequested = "entry.changes-requested";
    public const string PublishedAction = "entry.published";

    public enum Step
    {
        Submit,
        RequestChanges,
        Publish,
    }

    public sealed class ReviewInput
    {
        public int? Version { get; set; }

        /// <summary>Required when asking for changes: what the submitter should change.</summary>
        public string? Note { get; set; }
    }

    public Task<bool> ProgrammeAsync(Guid id, Step step, ReviewInput input, CancellationToken ct) =>
        ApplyAsync<Programme, ProgrammeRevision>(db.Programmes, id, step, input, ct);

    public Task<bool> PracticeAsync(Guid id, Step step, ReviewInput input, CancellationToken ct) =>
        ApplyAsync<Practice, PracticeRevision>(db.Practices, id, step, input, ct);

    private async Task<bool> ApplyAsync<TEntry, TRevision>(DbSet<TEntry> set, Guid id, Step step, ReviewInput input, CancellationToken ct)
        where TEntry : CatalogueEntry<TRevision>
        where TRevision : EntryRevision
    {
        var entries = access.Manageable<TEntry, TRevision>(set);
        entries = step == Step.Submit
            ? entries.Where(e => e.InstitutionId == access.InstitutionId)
            : entries.Where(e => e.FirstSubmittedAt != null);
        var entry = await entries.Include(e => e.Revisions).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null || (step != Step.Submit && !access.IsSecretariat) || (step == Step.Submit && !access.IsFocalPoint))
        {
            return false;
        }
        checks.Required("version", input.Version);
        if (step == Step.RequestChanges)
        {
            checks.Text("note", input.Note, 2000, required: true);
        }
        checks.ThrowIfInvalid();
        db.Entry(entry).Property(e => e.Version).OriginalValue = input.Version!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        switch (step)
        {
            case Step.Submit:
                entry.Submit(now);
                break;
            case Step.RequestChanges:
                entry.RequestChanges(input.Note!, now);
                break;
            default:
                entry.Publish(now);
                break;
        }
        var action = step switch { Step.Submit => Submitted, Step.RequestChanges => ChangesRequested, _ => PublishedAction };
        audit.Add(action, typeof(TEntry).Name, id.ToString(), null, $"version {entry.Working.Number}");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
