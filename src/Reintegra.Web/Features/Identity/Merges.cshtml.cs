using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Identity;

/// <summary>Merges, newest first, for an administrator to undo one that was wrong.</summary>
[Authorize(Policy = Policies.UndoMerges)]
public sealed class MergesModel(AppDbContext db, MergePeople merges, IStringLocalizer<IdentityText> text) : AppPageModel
{
    public sealed record Line(Guid Id, DateTime MergedAt, string Kept, string Absorbed, DateTime? UndoneAt);

    public IReadOnlyList<Line> Merges { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Merges = await db.PersonMerges.AsNoTracking().OrderByDescending(m => m.MergedAt).Take(200)
            .Select(m => new Line(m.Id, m.MergedAt,
                db.People.Where(p => p.Id == m.KeptPersonId).Select(p => p.GivenNames + " " + p.FirstSurname).First(),
                db.People.Where(p => p.Id == m.AbsorbedPersonId).Select(p => p.GivenNames + " " + p.FirstSurname).First(),
                m.UndoneAt))
            .ToListAsync(ct);

    public async Task<IActionResult> OnPostUndoAsync(Guid id, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await merges.UndoAsync(id, ct), ""))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Merges.Undone"].Value;
            return Redirect("/Identity/Merges");
        }
        await OnGetAsync(ct);
        return Page();
    }
}
