namespace AntiCor.Browser.Tests.Support;

public static class ScreenshotAssert
{
    /// <summary>A PNG was written and has content (the PNG signature alone is 8 bytes).</summary>
    public static void Saved(string path)
    {
        Assert.True(File.Exists(path), $"Screenshot {path} was not written.");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"Screenshot {path} is only {bytes.Length} bytes.");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }
}
