using AntiCor.Web.Tests.Support;

namespace AntiCor.Web.Tests.Features.Register;

/// <summary>
/// The register tests change the programme (import over it, amend it): they get an app and a
/// database of their own, so the read-only tests elsewhere keep the untouched seed.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegisterCollection : ICollectionFixture<AntiCorFactory>
{
    public const string Name = "register";
}
