"""The generated layer for business_banking: used through candescent_async.CandescentClient, not directly"""
