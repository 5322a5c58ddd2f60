using Microsoft.Playwright;

namespace Reintegra.BrowserTests;

/// <summary>What a user does on the sign-in page.</summary>
public static class Pages
{
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
    }

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("REINTEGRA_SCREENSHOTS");
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = false });
        }
    }
}
