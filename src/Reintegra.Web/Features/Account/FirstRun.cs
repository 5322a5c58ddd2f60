using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reintegra.Reference;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Account;

/// <summary>
/// Creates the roles and, while no administrator exists, the first administrator with their institution.
/// There is no default password anywhere: it comes from the command line or the environment, or from the
/// first-run page that exists only until an administrator does.
/// </summary>
public sealed class FirstRun(
    AppDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    Checks checks,
    TimeProvider clock)
{
    public sealed record AdminInput(string? InstitutionName, string? Country, string? FullName, string? Email, string? Password);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    public async Task<bool> AdministratorExistsAsync() =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0;

    public async Task<string?> InstanceCountryAsync() =>
        await db.InstanceSettings.Where(s => s.Key == InstanceSetting.Country).Select(s => s.Value).FirstOrDefaultAsync();

    /// <summary>Creates the first administrator. Refused once one exists, so the page cannot be replayed to take over.</summary>
    public async Task<AppUser> CreateAdministratorAsync(AdminInput input)
    {
        checks.Text("institutionName", input.InstitutionName, 200, required: true);
        checks.Country("country", input.Country, required: true);
        if (input.Country is not null && checks.IsValid && Places.Default.Admin1(input.Country.ToUpperInvariant()).Count == 0)
        {
            checks.Add("country", "Setup.CountryWithoutPCodes");
        }
        checks.Name("fullName", input.FullName, required: true, max: 200);
        if (checks.Required("email", input.Email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(input.Email))
        {
            checks.Add("email", "Validation.Email");
        }
        checks.Required("password", input.Password);
        checks.ThrowIfInvalid();

        await EnsureRolesAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        if (await AdministratorExistsAsync())
        {
            throw new DomainException("Setup.AlreadyDone");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var country = input.Country!.Trim().ToUpperInvariant();
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Name == input.InstitutionName!.Trim())
            ?? db.Institutions.Add(new Institution(input.InstitutionName!.Trim(), InstitutionKind.Ministry, country, now)).Entity;
        var setting = await db.InstanceSettings.FindAsync(InstanceSetting.Country);
        if (setting is null)
        {
            db.InstanceSettings.Add(new InstanceSetting { Key = InstanceSetting.Country, Value = country });
        }
        await db.SaveChangesAsync();

        var user = new AppUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email!.Trim(),
            EmailConfirmed = true,
            FullName = input.FullName!.Trim(),
            InstitutionId = institution.Id,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            throw new InputValidationException(new Dictionary<string, string[]>
            {
                ["password"] = created.Errors.Select(e => e.Description).ToArray(),
            });
        }
        await users.AddToRoleAsync(user, Roles.Administrator);
        await tx.CommitAsync();
        return user;
    }
}
