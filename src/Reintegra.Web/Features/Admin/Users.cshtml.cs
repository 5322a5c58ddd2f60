using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class UsersModel(ManageUsers users, ManageInstitutions institutions, IStringLocalizer<AdminText> text) : AppPageModel
{
    public IReadOnlyList<ManageUsers.UserView> Users { get; private set; } = [];

    public IReadOnlyList<ManageInstitutions.InstitutionView> Institutions { get; private set; } = [];

    [BindProperty]
    public ManageUsers.CreateUserInput Input { get; set; } = new(null, null, null, [], null);

    public async Task OnGetAsync(Guid? institution)
    {
        Input = Input with { InstitutionId = institution };
        await LoadAsync(institution);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RunAsync(() => users.CreateAsync(Input)))
        {
            TempData["Flash"] = text["Users.Created"].Value;
            return Redirect("/Admin/Users");
        }
        Input = Input with { Password = null };
        await LoadAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        await users.UnlockAsync(id);
        TempData["Flash"] = text["Users.Unlocked"].Value;
        return Redirect("/Admin/Users");
    }

    private async Task LoadAsync(Guid? institution)
    {
        Users = await users.ListAsync(institution);
        Institutions = await institutions.ListAsync();
    }
}
