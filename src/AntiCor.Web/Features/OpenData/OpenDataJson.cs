using System.Text.Json;
using AntiCor.Core.Contracts;

namespace AntiCor.Web.Features.OpenData;

/// <summary>The API's JSON settings: the contract's (camelCase, readable Cyrillic).</summary>
public static class OpenDataJson
{
    public static JsonSerializerOptions Options => ContractJson.Options;

    public static byte[] Bytes<T>(T document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);
}
