using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;
using static Reintegra.Web.Features.Programmes.CatalogueViews;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// The area's home: a focal point's own programmes and Annex I entries, the secretariat's review queue, and the way to
/// the roadmap and outreach. Open to anyone holding one of the area's capabilities.
/// </summary>
public sealed class IndexModel(ManageProgrammes programmes, ManagePractices practices, CurrentUser me) : AppPageModel
{
    public static readonly string[] Capabilities = [Policies.ManageCatalogue, Policies.ReportProgress, Policies.RecordOutreach];

    public CardPage? MyProgrammes { get; private set; }

    public CardPage? MyPractices { get; private set; }

    public CardPage? ProgrammesToReview { get; private set; }

    public CardPage? PracticesToReview { get; private set; }

    public CardPage? ReviewedProgrammes { get; private set; }

    public CardPage? ReviewedPractices { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken ct)
    {
        if (!Capabilities.Any(me.Can))
        {
            return Forbid();
        }
        if (me.Can(Policies.SubmitEntries))
        {
            MyProgrammes = await programmes.ListAsync(new("mine", null, page), ct);
            MyPractices = await practices.ListAsync(new("mine", null, page), ct);
        }
        if (me.Can(Policies.ReviewEntries))
        {
            ProgrammesToReview = await programmes.ListAsync(new("review", EntryStatus.Submitted, 1), ct);
            PracticesToReview = await practices.ListAsync(new("review", EntryStatus.Submitted, 1), ct);
            ReviewedProgrammes = await programmes.ListAsync(new("review", null, page), ct);
            ReviewedPractices = await practices.ListAsync(new("review", null, page), ct);
        }
        return Page();
    }
}
