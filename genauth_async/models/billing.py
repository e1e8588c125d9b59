"""Models of the GenAuth *billing* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import attrs

from ._base import Model, Page

__all__ = [
    "CostCurrentPackageInfo",
    "CostGetOrderPayDetail",
    "CurrentUsage",
    "CurrentUsageResp",
    "GetOrdersRes",
    "GoodsPackage",
    "MauPeriodUsageHistory",
    "MauPeriodUsageHistoryDto",
    "OrderItem",
    "RightItem",
    "RightItemRes",
]


@attrs.define(kw_only=True, slots=False)
class CostCurrentPackageInfo(Model):
    """GenAuth ``CostCurrentPackageInfo``."""

    code: str
    end_time: str
    overdue_days: str
    goods_package: GoodsPackage


@attrs.define(kw_only=True, slots=False)
class CostGetOrderPayDetail(Model):
    """GenAuth ``CostGetOrderPayDetail``."""

    order_no: str
    channel_order_no: str
    paid_amount: str
    paid_time: str
    paid_account_no: str
    pay_status: str
    create_time: str
    pay_type: str


@attrs.define(kw_only=True, slots=False)
class CurrentUsage(Model):
    """GenAuth ``CurrentUsageDto``."""

    amount: str
    current: str
    experience: bool
    model_code: str
    model_name: str


@attrs.define(kw_only=True, slots=False)
class CurrentUsageResp(Model):
    """GenAuth ``CurrentUsageRespDto``."""

    usages: list[CurrentUsage]


@attrs.define(kw_only=True, slots=False)
class GoodsPackage(Model):
    """GenAuth ``GoodsPackageDto``."""

    name: str
    name_en: str
    unit_price: str
    code: str
    group: str
    scene_code: str
    amount: str


@attrs.define(kw_only=True, slots=False)
class MauPeriodUsageHistory(Model):
    """GenAuth ``MauPeriodUsageHistory``."""

    records: list[MauPeriodUsageHistoryDto]


@attrs.define(kw_only=True, slots=False)
class MauPeriodUsageHistoryDto(Model):
    """GenAuth ``MauPeriodUsageHistoryDto``."""

    period_start_time: str
    period_end_time: str
    amount: str
    current: str


@attrs.define(kw_only=True, slots=False)
class OrderItem(Model):
    """GenAuth ``OrderItem``."""

    order_no: str
    goods_name: str
    goods_name_en: str
    goods_unit_price: str
    quantity: str
    actual_amount: str
    status: str
    order_type: str
    create_time: str
    source: str


@attrs.define(kw_only=True, slots=False)
class RightItem(Model):
    """GenAuth ``RightItemDto``."""

    rights_model_code: str
    rights_model_name: str
    data_type: str
    data_value: str


@attrs.define(kw_only=True, slots=False)
class RightItemRes(Model):
    """GenAuth ``RightItemRes``."""

    rights_items: list[RightItem]


GetOrdersRes = Page[OrderItem]
