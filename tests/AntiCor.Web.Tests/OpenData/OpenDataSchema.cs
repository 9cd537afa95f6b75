using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace AntiCor.Web.Tests.OpenData;

/// <summary>Checks the API's JSON against contracts/*.schema.json (formats too), naming every place that breaks it.</summary>
internal static class OpenDataSchema
{
    public const string Organizations = "organizations";
    public const string Programmes = "programmes";
    public const string Programme = "programme";
    public const string Units = "units";
    public const string Reports = "reports";
    public const string Passport = "passport";

    // Built once each: the validator's registry refuses a second schema with the same $id.
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Built = new();

    public static void Valid(string schema, JsonElement json)
    {
        var built = Built.GetOrAdd(schema, name => new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "contracts", $"{name}.schema.json"))))).Value;
        var result = built.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, $"{schema}: " + string.Join("\n", result.Details?.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }
}
