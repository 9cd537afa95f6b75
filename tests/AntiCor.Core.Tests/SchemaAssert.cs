using System.Text.Json;
using Json.Schema;

namespace AntiCor.Core.Tests;

/// <summary>Checks JSON against contracts/programme.schema.json, naming every place that breaks it.</summary>
internal static class SchemaAssert
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(TestFiles.SchemaText());

    public static void Valid(JsonElement json)
    {
        var result = Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    public static void Valid(Contracts.ProgrammeDocument document)
    {
        using var json = JsonDocument.Parse(Contracts.ContractJson.Serialize(document));
        Valid(json.RootElement);
    }
}
