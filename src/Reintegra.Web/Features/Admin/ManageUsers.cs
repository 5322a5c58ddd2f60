using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Admin;

/// <summary>Users of the instance: an administrator creates them inside an institution and gives them roles.</summary>
public sealed class ManageUsers(AppDbContext db, UserManager<AppUser> users, Checks checks, TimeProvider clock)
{
    public sealed record UserView(Guid Id, string Email, string FullName, Guid InstitutionId, string InstitutionName, IReadOnlyList<string> Roles, string Culture, bool LockedOut);

    public sealed record CreateUserInput(string? Email, string? FullName, Guid? InstitutionId, IReadOnlyList<string>? Roles, string? Password);

    public async Task<UserView?> FindAsync(Guid id)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Institution).FirstOrDefaultAsync(u => u.Id == id);
        return user is null ? null : await ViewAsync(user);
    }

    public async Task<IReadOnlyList<UserView>> ListAsync(Guid? institutionId)
    {
        var list = await db.Users.AsNoTracking().Include(u => u.Institution)
            .Where(u => institutionId == null || u.InstitutionId == institutionId)
            .OrderBy(u => u.FullName).Take(500).ToListAsync();
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               select new { ur.UserId, r.Name }).ToListAsync();
        var now = clock.GetUtcNow();
        return list.Select(u => new UserView(
            u.Id, u.Email ?? "", u.FullName, u.InstitutionId, u.Institution?.Name ?? "",
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(), u.Culture,
            u.LockoutEnd is { } end && end > now)).ToList();
    }

    public async Task<UserView> CreateAsync(CreateUserInput input)
    {
        if (checks.Required("email", input.Email) && !new EmailAddressAttribute().IsValid(input.Email))
        {
            checks.Add("email", "Validation.Email");
        }
        checks.Name("fullName", input.FullName, required: true, max: 200);
        if (checks.Required("institutionId", input.InstitutionId) && !await db.Institutions.AnyAsync(i => i.Id == input.InstitutionId))
        {
            checks.Add("institutionId", "Validation.UnknownOption");
        }
        if (input.Roles is null || input.Roles.Count == 0)
        {
            checks.Add("roles", "Validation.Required");
        }
        else if (input.Roles.Any(r => !Domain.Roles.All.Contains(r)))
        {
            checks.Add("roles", "Validation.UnknownOption");
        }
        checks.Required("password", input.Password);
        checks.ThrowIfInvalid();

        var user = new AppUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email!.Trim(),
            EmailConfirmed = true,
            FullName = input.FullName!.Trim(),
            InstitutionId = input.InstitutionId!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            var field = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";
            throw new InputValidationException(new Dictionary<string, string[]> { [field] = created.Errors.Select(e => e.Description).ToArray() });
        }
        await users.AddToRolesAsync(user, input.Roles!.Distinct());
        await tx.CommitAsync();
        return (await FindAsync(user.Id))!;
    }

    public async Task SetCultureAsync(Guid userId, string culture)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is not null && user.Culture != culture)
        {
            user.Culture = culture;
            await users.UpdateAsync(user);
        }
    }

    public async Task UnlockAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is not null)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    private async Task<UserView> ViewAsync(AppUser user)
    {
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where ur.UserId == user.Id
                               select r.Name).ToListAsync();
        return new UserView(user.Id, user.Email ?? "", user.FullName, user.InstitutionId, user.Institution?.Name ?? "",
            roleNames.Select(r => r!).Order().ToList(), user.Culture, user.LockoutEnd is { } end && end > clock.GetUtcNow());
    }
}
