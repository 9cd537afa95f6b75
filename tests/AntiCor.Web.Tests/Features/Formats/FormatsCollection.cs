using AntiCor.Web.Tests.Support;

namespace AntiCor.Web.Tests.Features.Formats;

/// <summary>
/// Programmes in the newer forms stored beside the seed: an app and a database of their own,
/// so the register tests that expect the seed alone keep it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FormatsCollection : ICollectionFixture<AntiCorFactory>
{
    public const string Name = "formats";
}
