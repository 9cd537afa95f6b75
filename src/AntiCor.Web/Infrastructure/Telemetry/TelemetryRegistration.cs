using AntiCor.Core.Telemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AntiCor.Web.Infrastructure.Telemetry;

/// <summary>
/// Metrics and traces go out over OTLP only when `Telemetry:OtlpEndpoint` names a collector
/// (`Telemetry:OtlpProtocol` grpc, the default, or http/protobuf); without it nothing listens and
/// nothing leaves the server. `Logging:Json=true` writes the console log as one JSON object a line,
/// for a log collector. Requests are never logged one by one (appsettings keep ASP.NET Core at
/// Warning); the request metrics and spans carry that instead.
/// </summary>
public static class TelemetryRegistration
{
    public const string EndpointSetting = "Telemetry:OtlpEndpoint";

    /// <summary>ASP.NET Core's own meters: request duration and active requests, Kestrel's connections.</summary>
    private static readonly string[] FrameworkMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting"];

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Logging:Json"))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        var endpoint = builder.Configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var collector))
        {
            throw new InvalidOperationException($"{EndpointSetting}: «{endpoint}» не є адресою (наприклад, http://127.0.0.1:4317).");
        }

        var protocol = string.Equals(builder.Configuration["Telemetry:OtlpProtocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        void Exporter(OtlpExporterOptions o)
        {
            o.Endpoint = collector;
            o.Protocol = protocol;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["Telemetry:ServiceName"] ?? "anticor"))
            .WithMetrics(m => m
                .AddMeter(AntiCorTelemetry.Name)
                .AddMeter(FrameworkMeters)
                .AddOtlpExporter(Exporter))
            .WithTracing(t => t
                .AddSource(AntiCorTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddOtlpExporter(Exporter));
        return builder;
    }
}
