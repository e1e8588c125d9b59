"""placeholder: replaced below"""
import aiohttp
from genauth_async._version import __version__


def sdk_headers() -> dict[str, str]:
    return {
        "x-genauth-sdk-version": f"genauth-async-py:{__version__}",
        "x-genauth-lang": "zh-CN",
        "user-agent": f"genauth-async/{__version__} aiohttp/{aiohttp.__version__}",
        "content-type": "application/json",
    }
