using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Cases;

[Authorize(Policy = Policies.Cases)]
public sealed class AssessmentModel(CaseView view) : CasePageModel(view)
{
    public CaseView.AssessmentView? Assessment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid assessmentId, CancellationToken ct) =>
        await LoadCaseAsync(ct) && (Assessment = await View.AssessmentAsync(Id, assessmentId, audited: true, ct)) is not null ? Page() : NotFound();
}
