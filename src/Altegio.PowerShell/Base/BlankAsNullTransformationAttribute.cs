namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// Turns blank text into null before a nullable number parameter is bound. PowerShell converts ""
    /// to 0, so an empty Import-Csv cell would otherwise become a real value (weight 0, position 0)
    /// instead of "not given".
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BlankAsNullTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text && string.IsNullOrWhiteSpace(text) ? null : inputData;
        }
    }
}
