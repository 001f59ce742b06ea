"""Contains all the data models used in inputs/outputs"""

from .access_token_request_v1 import AccessTokenRequestV1
from .access_token_request_v2 import AccessTokenRequestV2
from .access_token_response_v1 import AccessTokenResponseV1
from .access_token_response_v2 import AccessTokenResponseV2
from .authorization_code_request import AuthorizationCodeRequest
from .authorization_code_response import AuthorizationCodeResponse
from .authorize_client_request import AuthorizeClientRequest
from .authorize_client_response import AuthorizeClientResponse
from .authorize_client_response_additional_info import AuthorizeClientResponseAdditionalInfo
from .grant_type_v1 import GrantTypeV1
from .grant_type_v2 import GrantTypeV2
from .revoke_access_token_request_v2 import RevokeAccessTokenRequestV2

__all__ = (
    "AccessTokenRequestV1",
    "AccessTokenRequestV2",
    "AccessTokenResponseV1",
    "AccessTokenResponseV2",
    "AuthorizationCodeRequest",
    "AuthorizationCodeResponse",
    "AuthorizeClientRequest",
    "AuthorizeClientResponse",
    "AuthorizeClientResponseAdditionalInfo",
    "GrantTypeV1",
    "GrantTypeV2",
    "RevokeAccessTokenRequestV2",
)
