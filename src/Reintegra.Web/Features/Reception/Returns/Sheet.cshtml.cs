using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception.Returns;

/// <summary>The printable reception sheet the person signs and keeps. Printing is recorded in the audit trail.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class SheetModel(ReturnView view, AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : AppPageModel
{
    public ReturnView.Details? Return { get; private set; }

    public string InstitutionName { get; private set; } = "";

    public DateTime PrintedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Return = await view.GetAsync(id, includeSensitive: false, ct);
        if (Return is null)
        {
            return NotFound();
        }
        InstitutionName = await db.Institutions.Where(i => i.Id == me.InstitutionId).Select(i => i.Name).FirstAsync(ct);
        PrintedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditActions.Printed, nameof(ReturnEvent), id.ToString(), Return.Person.Id);
        await audit.SaveAsync(ct);
        return Page();
    }
}
