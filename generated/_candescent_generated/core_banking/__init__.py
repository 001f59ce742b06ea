"""The generated layer for core_banking: used through candescent_async.CandescentClient, not directly"""
