from __future__ import annotations
import __future__

def f(x: int | Undefined, *, y: list[str] = None) -> Result:
    return x

print(f(5), f.__annotations__)
print(__future__.annotations)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(), feature.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
