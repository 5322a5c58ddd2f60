using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes.Roadmap.Budget;

/// <summary>Budget commitments by country; the secretariat records new ones.</summary>
[Authorize(Policy = Policies.ReportProgress)]
public sealed class IndexModel(ManageRoadmap roadmap, CurrentUser me, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty]
    public ManageRoadmap.CommitmentInput Input { get; set; } = new();

    public IReadOnlyList<ManageRoadmap.CommitmentView> Commitments { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Recommendations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!me.Can(Policies.ManageRoadmap))
        {
            return Forbid();
        }
        ManageRoadmap.CommitmentView? created = null;
        if (!await SaveAsync(async () => created = await roadmap.CreateCommitmentAsync(Input, ct)))
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = text["Budget.Created"].Value;
        return Redirect($"/Programmes/Roadmap/Budget/{created!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Commitments = await roadmap.ListCommitmentsAsync(null, ct);
        Recommendations = await roadmap.RecommendationChoicesAsync(ct);
    }
}

/// <summary>One commitment: its execution over time; the secretariat or the committing country reports execution.</summary>
[Authorize(Policy = Policies.ReportProgress)]
public sealed class DetailsModel(ManageRoadmap roadmap, CurrentUser me, LocalTime time, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ManageRoadmap.ExecutionInput Execution { get; set; } = new();

    [BindProperty]
    public ManageRoadmap.CommitmentInput Input { get; set; } = new();

    public ManageRoadmap.CommitmentView Commitment { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Title)> Recommendations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Execution.ReportedOn = time.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostExecutionAsync(CancellationToken ct)
    {
        ManageRoadmap.CommitmentView? updated = null;
        if (await SaveAsync(async () => updated = await roadmap.RecordExecutionAsync(Id, Execution, ct), "Execution") && updated is not null)
        {
            TempData["Flash"] = text["Budget.ExecutionSaved"].Value;
            return Redirect($"/Programmes/Roadmap/Budget/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken ct)
    {
        if (!me.Can(Policies.ManageRoadmap))
        {
            return Forbid();
        }
        ManageRoadmap.CommitmentView? updated = null;
        if (await SaveAsync(async () => updated = await roadmap.UpdateCommitmentAsync(Id, Input, ct)) && updated is not null)
        {
            TempData["Flash"] = text["Budget.Updated"].Value;
            return Redirect($"/Programmes/Roadmap/Budget/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await roadmap.GetCommitmentAsync(Id, ct) is not { } commitment)
        {
            return false;
        }
        Commitment = commitment;
        Recommendations = await roadmap.RecommendationChoicesAsync(ct);
        if (Input.Version is null)
        {
            var c = commitment;
            Input = new ManageRoadmap.CommitmentInput
            {
                Country = c.Country,
                Institution = c.Institution,
                Purpose = c.Purpose,
                RecommendationId = c.RecommendationId,
                ProgrammeId = c.ProgrammeId,
                Amount = c.Amount,
                Currency = c.Currency,
                FromYear = c.FromYear,
                ToYear = c.ToYear,
                Version = c.Version,
            };
        }
        return true;
    }
}
