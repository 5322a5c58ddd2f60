using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>An instance whose calls to a peer instance go to another test server in the same run.</summary>
public sealed class PeerAppFactory : AppFactory
{
    public AppFactory? Peer { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddHttpClient(HandoffOutbox.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => (Peer ?? throw new InvalidOperationException("No peer")).Server.CreateHandler()));
    }
}

/// <summary>
/// Two countries' instances, each with its own database: Mexico's (where the consulate asks IOM Mexico for the return)
/// and Guatemala's (whose reception centre receives the person). The administrators exchanged public keys and
/// registered each other as peers; Guatemala routes Mexico's announcements to one reception centre and, for children,
/// to one child-protection authority.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public PeerAppFactory Mexico { get; } = new();

    public PeerAppFactory Guatemala { get; } = new();

    public Institution Reception { get; private set; } = null!;

    public HttpClient ReceptionOfficer { get; private set; } = null!;

    public Institution ChildProtection { get; private set; } = null!;

    public HttpClient ChildProtectionOfficer { get; private set; } = null!;

    public HttpClient MexicoAdmin { get; private set; } = null!;

    public HttpClient GuatemalaAdmin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Mexico.Peer = Guatemala;
        Guatemala.Peer = Mexico;
        await Mexico.InitializeAsync();
        await Guatemala.InitializeAsync();
        await SetCountryAsync(Mexico, "MX");
        await SetCountryAsync(Guatemala, "GT");

        Reception = await Guatemala.CreateInstitutionAsync("Centro de Recepción La Aurora", InstitutionKind.ReceptionCentre, "GT");
        ReceptionOfficer = await Guatemala.ClientForAsync(await Guatemala.CreateUserAsync(Reception.Id, Roles.ReceptionOfficer, Roles.ProtectionOfficer));
        ChildProtection = await Guatemala.CreateInstitutionAsync("Procuraduría General de la Nación – NNA", InstitutionKind.ChildProtectionAuthority, "GT");
        ChildProtectionOfficer = await Guatemala.ClientForAsync(await Guatemala.CreateUserAsync(ChildProtection.Id, Roles.ProtectionOfficer));
        GuatemalaAdmin = (await Guatemala.SignedInAsync(Roles.Administrator)).Client;
        MexicoAdmin = (await Mexico.SignedInAsync(Roles.Administrator)).Client;
        var mxReception = await Mexico.CreateInstitutionAsync("Estación Migratoria Siglo XXI", InstitutionKind.ReceptionCentre, "MX");
        var mxChild = await Mexico.CreateInstitutionAsync("Procuraduría Federal de Protección de NNA", InstitutionKind.ChildProtectionAuthority, "MX");

        var mxKey = await (await MexicoAdmin.GetAsync("/api/v1/handoffs/key")).ReadAsync<ManagePeers.OwnKey>();
        var gtKey = await (await GuatemalaAdmin.GetAsync("/api/v1/handoffs/key")).ReadAsync<ManagePeers.OwnKey>();
        await (await GuatemalaAdmin.PutJsonAsync("/api/v1/handoffs/peers/MX", new
        {
            name = "Reintegra México",
            baseUrl = "http://localhost",
            publicKeyPem = mxKey.PublicKeyPem,
            receptionInstitutionId = Reception.Id,
            childProtectionInstitutionId = ChildProtection.Id,
        })).ReadAsync<ManagePeers.PeerView>();
        await (await MexicoAdmin.PutJsonAsync("/api/v1/handoffs/peers/GT", new
        {
            name = "Reintegra Guatemala",
            baseUrl = "http://localhost",
            publicKeyPem = gtKey.PublicKeyPem,
            receptionInstitutionId = mxReception.Id,
            childProtectionInstitutionId = mxChild.Id,
        })).ReadAsync<ManagePeers.PeerView>();
    }

    public async ValueTask DisposeAsync()
    {
        await Mexico.DisposeAsync();
        await Guatemala.DisposeAsync();
    }

    private static Task<int> SetCountryAsync(AppFactory app, string country) => app.WithDbAsync(async db =>
    {
        db.InstanceSettings.RemoveRange(db.InstanceSettings.Where(s => s.Key == InstanceSetting.Country));
        db.InstanceSettings.Add(new InstanceSetting { Key = InstanceSetting.Country, Value = country });
        return await db.SaveChangesAsync();
    });
}
