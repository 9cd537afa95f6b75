using AntiCor.Core.Audit;
using AntiCor.Core.Data;

namespace AntiCor.Web.Features.Audit;

/// <summary>Open data: GET /api/v1/audit/checkpoints, the list of {count, headHash, at} (ISO-8601 UTC), oldest first.</summary>
public static class CheckpointsApi
{
    public const string Path = "/api/v1/audit/checkpoints";

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (AppDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var checkpoints = await new AuditTrail(db, time).CheckpointsAsync(cancellationToken);
            return Results.Text(CheckpointJson.Serialize(checkpoints), "application/json; charset=utf-8");
        })
        .WithName("AuditCheckpoints")
        .AllowAnonymous();
        return app;
    }
}
