using Microsoft.AspNetCore.Mvc;
using Reintegra.Reference;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Account;

/// <summary>The first-run page: it exists only while no administrator does (404 afterwards).</summary>
public sealed class SetupModel(FirstRun firstRun, SignIn signIn) : AppPageModel
{
    public sealed class SetupInput
    {
        public string? InstitutionName { get; set; }

        public string? Country { get; set; } = "GT";

        public string? FullName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public IEnumerable<Country> Countries =>
        Places.Default.CountriesCovered.Select(c => Reintegra.Reference.Countries.Default.Find(c)!).OrderBy(c => c.Name(Display.UiLanguage));

    public async Task<IActionResult> OnGetAsync() =>
        await firstRun.AdministratorExistsAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await firstRun.AdministratorExistsAsync())
        {
            return NotFound();
        }
        var ok = await RunAsync(() => firstRun.CreateAdministratorAsync(new FirstRun.AdminInput(Input.InstitutionName, Input.Country, Input.FullName, Input.Email, Input.Password)));
        if (!ok)
        {
            Input.Password = null;
            return Page();
        }
        await signIn.PasswordAsync(Input.Email, Input.Password, bearer: false);
        return Redirect("/Admin/Institutions");
    }
}
