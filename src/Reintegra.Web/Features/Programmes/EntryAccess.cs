using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// Who may see and change a catalogue entry before it is public: its own institution's focal points, and the conference
/// secretariat once the entry has been submitted to it. Anyone else gets "not found". Published versions are public
/// and read through <see cref="PublicCatalogue"/>.
/// </summary>
public sealed class EntryAccess(CurrentUser me)
{
    public bool IsSecretariat => me.Can(Policies.ReviewEntries);

    public bool IsFocalPoint => me.Can(Policies.SubmitEntries);

    public Guid InstitutionId => me.InstitutionId;

    public IQueryable<TEntry> Manageable<TEntry, TRevision>(IQueryable<TEntry> entries)
        where TEntry : CatalogueEntry<TRevision>
        where TRevision : EntryRevision
    {
        var institution = me.InstitutionId;
        var focalPoint = IsFocalPoint;
        var secretariat = IsSecretariat;
        return entries.Where(e => (focalPoint && e.InstitutionId == institution) || (secretariat && e.FirstSubmittedAt != null));
    }

    public EntryPermissions For<TRevision>(CatalogueEntry<TRevision> entry) where TRevision : EntryRevision
    {
        var own = IsFocalPoint && entry.InstitutionId == me.InstitutionId;
        var review = IsSecretariat && entry.FirstSubmittedAt is not null;
        var working = entry.Working.Status;
        return new EntryPermissions(
            Edit: own || review,
            Submit: own && working is EntryStatus.Draft or EntryStatus.ChangesRequested,
            Review: review && working == EntryStatus.Submitted);
    }
}

/// <summary>What the current user may do with an entry now (the server checks again on every request).</summary>
public sealed record EntryPermissions(bool Edit, bool Submit, bool Review);
