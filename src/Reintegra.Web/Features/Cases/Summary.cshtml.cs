using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>The printable case summary. Printing is its own audit entry.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class SummaryModel(CaseView view, AuditLog audit, TimeProvider clock) : CasePageModel(view)
{
    public DateTime PrintedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCaseAsync(ct))
        {
            return NotFound();
        }
        PrintedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditActions.Printed, nameof(ReintegrationCase), Id.ToString(), Case!.Person.Id);
        await audit.SaveAsync(ct);
        return Page();
    }
}
