using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;

namespace AntiCor.Web.Features.Audit;

/// <summary>
/// Open data: GET /api/v1/audit/checkpoints, the list of {count, headHash, at, chain, signature} (ISO-8601 UTC), oldest first;
/// GET /api/v1/audit/public-key, the PEM public key that checks the signatures.
/// </summary>
public static class CheckpointsApi
{
    public const string Path = "/api/v1/audit/checkpoints";
    public const string PublicKeyPath = "/api/v1/audit/public-key";

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (AppDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var checkpoints = await new AuditTrail(db, time).CheckpointsAsync(cancellationToken);
            return Results.Text(CheckpointJson.Serialize(checkpoints), "application/json; charset=utf-8");
        })
        .WithName("AuditCheckpoints")
        .AllowAnonymous();
        app.MapGet(PublicKeyPath, (AuditKeys keys) => Results.Text(keys.Signing.PublicKeyPem(), "application/x-pem-file; charset=utf-8"))
            .WithName("AuditPublicKey")
            .AllowAnonymous();
        return app;
    }
}
