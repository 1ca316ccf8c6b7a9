using System;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests.Support;

/// <summary>One mock server process for the whole suite; tests run one at a time and reset it first.</summary>
public sealed class MockFixture : IDisposable
{
    public MockProcess Mock { get; } = MockProcess.Start();

    public void Dispose() => Mock.Dispose();
}

[CollectionDefinition(Name)]
public sealed class HostedCollection : ICollectionFixture<MockFixture>
{
    public const string Name = "Hosted PowerShell";
}

/// <summary>A fresh connected runspace per test, over a freshly reset mock.</summary>
[Collection(HostedCollection.Name)]
public abstract class HostedTest : IDisposable
{
    protected HostedTest(MockFixture fixture)
    {
        Mock = fixture.Mock;
        Mock.Reset();
        Shell = HostedPowerShell.Start(Mock);
    }

    protected MockProcess Mock { get; }
    protected HostedPowerShell Shell { get; }

    public void Dispose() => Shell.Dispose();
}
