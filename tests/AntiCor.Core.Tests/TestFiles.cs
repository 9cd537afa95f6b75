namespace AntiCor.Core.Tests;

/// <summary>Files copied next to the test assembly: the sample order and the contract schema.</summary>
internal static class TestFiles
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, relative);

    public static byte[] SeedBytes() => File.ReadAllBytes(Path("samples/kropyvnytskyi-2019-order-98.txt"));

    public static string SchemaText() => File.ReadAllText(Path("contracts/programme.schema.json"));
}
