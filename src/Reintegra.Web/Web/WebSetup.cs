using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;

namespace Reintegra.Web.Web;

/// <summary>The web surface: pages, API conventions, localisation (Spanish first), errors, OpenAPI.</summary>
public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("es"), new("en")];

    public static void AddAppWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<LocalTime>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddScoped<InstanceCountry>();
        services.AddTransient<Checks>();

        // Spanish text is served as is, not as &#xED; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("es");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/Setup");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Account/Language");
            })
            .AddViewLocalization();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier);
            if (ctx.ProblemDetails.Title is null || ctx.ProblemDetails.Title.Length == 0 || ctx.ProblemDetails.Detail is null)
            {
                var text = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
                ctx.ProblemDetails.Title = ctx.ProblemDetails.Status switch
                {
                    StatusCodes.Status401Unauthorized => text["Problem.Unauthorized"],
                    StatusCodes.Status403Forbidden => text["Problem.Forbidden"],
                    StatusCodes.Status404NotFound => text["Problem.NotFound"],
                    StatusCodes.Status413PayloadTooLarge => text["Problem.TooLarge"],
                    StatusCodes.Status400BadRequest => ctx.ProblemDetails.Title ?? text["Problem.BadRequest"],
                    _ => ctx.ProblemDetails.Title,
                };
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = 10 * 1024 * 1024);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false)));
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Reintegra API";
            doc.Info.Description = "Reception and reintegration of returned migrants. Sign in with POST /api/v1/auth/token and send the token as 'Authorization: Bearer ...'. Errors are RFC 9457 problem details; validation errors list each field.";
            return Task.CompletedTask;
        }));
    }

    public static void UseAppPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseWhen(ctx => IsApi(ctx.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(ctx => !IsApi(ctx.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.Use(async (ctx, next) =>
        {
            ctx.Response.Headers.XContentTypeOptions = "nosniff";
            ctx.Response.Headers.XFrameOptions = "DENY";
            ctx.Response.Headers["Referrer-Policy"] = "same-origin";
            await next();
        });
        // Routing after the error pages, so that a re-executed error request is routed to the error page itself.
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("Reintegra API").DisableDefaultFonts());
    }

    /// <summary>Requests answered with JSON and problem details rather than pages.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    /// <summary>Sets the UI-culture cookie, as the language switch and sign-in do.</summary>
    public static void SetCultureCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    public static string NormalizeCulture(string? culture) =>
        string.Equals(culture, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "es";
}
