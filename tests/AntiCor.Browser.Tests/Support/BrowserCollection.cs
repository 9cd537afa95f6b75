namespace AntiCor.Browser.Tests.Support;

/// <summary>One served app and one browser for all browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
