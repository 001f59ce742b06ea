"""The generated layer for authentication: used through candescent_async.CandescentClient, not directly"""
