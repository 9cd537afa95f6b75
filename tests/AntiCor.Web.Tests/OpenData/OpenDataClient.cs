using System.Net;
using System.Text.Json;

namespace AntiCor.Web.Tests.OpenData;

/// <summary>Anonymous reads of the open-data API, as a script on another site would make them.</summary>
internal static class OpenDataClient
{
    public static async Task<JsonElement> JsonAsync(HttpClient client, string url, string? schema = null)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement.Clone();
        if (schema is not null)
        {
            OpenDataSchema.Valid(schema, json);
        }

        return json;
    }

    /// <summary>A refusal: its status, and the problem document's Ukrainian detail.</summary>
    public static async Task<string> ProblemAsync(HttpClient client, string url, HttpStatusCode status)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem.GetProperty("detail").GetString()!;
    }

    public static IEnumerable<JsonElement> Items(JsonElement list) => list.GetProperty("items").EnumerateArray();
}
