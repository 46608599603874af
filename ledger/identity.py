"""Who acts on the register (an Actor) and what they may see: region below region, an enterprise only itself."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from engine.identity import region_covers, region_prefix
from ledger.vocab import Role


class Actor(BaseModel):
    """A user acting now: their role and what binds them (a region for a department, a uscc for an enterprise)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    user_id: int | None = None
    name: str = Field(min_length=1, max_length=100)
    role: Role
    region_code: str | None = None
    uscc: str | None = None
    organ: str | None = None

    @property
    def level(self) -> str | None:
        """The level of a department user's region: 省, 市 or 区县 (乡镇/街道 count as 区县)."""
        if self.role is not Role.department or self.region_code is None:
            return None
        return {2: "省", 4: "市"}.get(len(region_prefix(self.region_code)), "区县")

    def sees(self, uscc: str, region_code: str | None) -> bool:
        """True when this actor may see an enterprise's register entries (else they are "not found")."""
        if self.role is Role.admin:
            return True
        if self.role is Role.department:
            return self.region_code is not None and region_code is not None and region_covers(self.region_code,
                                                                                               region_code)
        return self.role is Role.enterprise and self.uscc == uscc

    def region_scope(self) -> str | None:
        """The region prefix every query of this actor is limited to ('' for all, None for no region at all)."""
        if self.role in (Role.admin, Role.rule_author):
            return ""
        if self.role is Role.department and self.region_code:
            return region_prefix(self.region_code)
        return None

    def is_at_or_above(self, organ: str | None, region_code: str | None) -> bool:
        """True for the organ that listed a hazard, or a department whose region strictly contains the listing's."""
        if self.role is not Role.department or self.region_code is None:
            return False
        if organ is not None and self.organ == organ:
            return True
        return self.is_above(organ, region_code)

    def is_above(self, organ: str | None, region_code: str | None) -> bool:
        """True for a department whose region strictly contains the listing's (a 市 over a 县, a 省 over a 市)."""
        if self.role is not Role.department or self.region_code is None or region_code is None:
            return False
        if organ is not None and self.organ == organ:
            return False
        mine, theirs = region_prefix(self.region_code), region_prefix(region_code)
        return theirs.startswith(mine) and len(mine) < len(theirs)
