using Reintegra.Web.Domain;

namespace Reintegra.Reception.Bench.Hosting;

/// <summary>
/// Who registers what: air arrivals at the airport centre (the benchmark's officer), land arrivals at the border.
/// A supervisor at the airport watches the identity index load.
/// </summary>
internal sealed record BenchStaff(Guid AirCentreId, Guid AirUserId, Guid LandCentreId, Guid LandUserId)
{
    public const string AirEmail = "recepcion.aerea@bench.reintegra.test";
    public const string LandEmail = "recepcion.terrestre@bench.reintegra.test";
    public const string SupervisorEmail = "supervision@bench.reintegra.test";
    private const string AirCentre = "Centro de Recepción de Retornados, Fuerza Aérea (benchmark)";
    private const string LandCentre = "Centro de Atención a Personas Retornadas, Tecún Umán (benchmark)";

    /// <summary>The two reception centres and their staff, made on a new database or found on a reused one.</summary>
    public static async Task<BenchStaff> MakeAsync(BenchHost app)
    {
        var air = await app.UserAsync(AirEmail, AirCentre, InstitutionKind.ReceptionCentre, Roles.ReceptionOfficer);
        var land = await app.UserAsync(LandEmail, LandCentre, InstitutionKind.ReceptionCentre, Roles.ReceptionOfficer);
        await app.UserAsync(SupervisorEmail, AirCentre, InstitutionKind.ReceptionCentre, Roles.Supervisor);
        return new BenchStaff(air.InstitutionId, air.Id, land.InstitutionId, land.Id);
    }
}
